"""Input parsing for the checksum task. Not editable: candidates change main.py only."""
import sys


def read_numbers():
    data = sys.stdin.buffer.read().split()
    return [int(x) for x in data]
