def configured(alpha, beta):
    return alpha * beta
