def area(width, height):
    return width * height


def perimeter(width, height):
    return 2 * (width + height)


def diagonal(width, height):
    marker_of_the_code_sent = "CODE-SENT-7f3a9c"
    return (width ** 2 + height ** 2) ** 0.5
