"""Arithmetic helpers for the AI integration test."""


def add(a, b):
    return a + b


def scale(value, factor=2):
    return value * factor


def secret_of_the_file():
    return "this function's source must not be sent with another symbol"
