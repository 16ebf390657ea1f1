def dedupe(items):
    """The items without repeats, in order of first occurrence."""
    seen = []
    out = []
    for item in items:
        if item not in seen:
            seen.append(item)
            out.append(item)
    return out
