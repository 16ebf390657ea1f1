"""Prints the count, the sum and a position-weighted checksum of the integers on standard input."""
from harness import read_numbers


def checksum(numbers):
    total = 0
    weighted = 0
    for i, x in enumerate(numbers):
        total += x
        weighted = (weighted * 31 + x * (i + 1)) % 1000000007
    return total, weighted


def main():
    numbers = read_numbers()
    total, weighted = checksum(numbers)
    print(len(numbers), total, weighted)


if __name__ == "__main__":
    main()
