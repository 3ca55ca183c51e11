"""Orders. These docstrings were right once; then the code moved on. Docwright shows where."""


def order_total(items, discount=0.0, tax_rate=0.2):
    """Add up an order.

    Args:
        items: The ``(price, quantity)`` pairs of the order.
        coupon: A coupon code.

    Returns:
        The total, tax included.
    """
    subtotal = sum(price * quantity for price, quantity in items)
    return subtotal * (1 - discount) * (1 + tax_rate)


def ship(order, carrier):
    """Hand an order to a carrier.

    Args:
        carrier: Who delivers it.
        order: The order to ship.

    Returns:
        The tracking number.
    """
    if not order.paid:
        raise ValueError("the order is not paid")
    carrier.pick_up(order)
