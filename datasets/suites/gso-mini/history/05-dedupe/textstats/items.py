def dedupe(items):
    """The items without repeats, in order of first occurrence."""
    seen = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out
