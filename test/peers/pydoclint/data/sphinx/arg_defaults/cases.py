# This file is intentionally left blank, because this feature (arg defaults)
# is only supported in the numpy style for now.
