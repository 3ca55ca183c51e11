def hidden_by_setting(a):
    return a
