"""Moving-average summary of a price series.

Input: the window length k on the first line, then the prices (decimal numbers) separated by
whitespace. For every window of k consecutive prices the mean is computed.

Output: the number of windows, then the highest, lowest and last window mean and the mean of
all window means, each with 12 decimals. With fewer than k prices only "windows: 0" is printed.
"""
import sys


def window_means(prices, k):
    means = []
    for start in range(len(prices) - k + 1):
        total = 0.0
        for j in range(start, start + k):
            total += prices[j]
        means.append(total / k)
    return means


def main():
    tokens = sys.stdin.read().split()
    if not tokens:
        print("windows: 0")
        return
    k = int(tokens[0])
    prices = [float(t) for t in tokens[1:]]
    means = window_means(prices, k) if k > 0 else []
    print(f"windows: {len(means)}")
    if not means:
        return
    print(f"highest: {max(means):.12f}")
    print(f"lowest: {min(means):.12f}")
    print(f"last: {means[-1]:.12f}")
    print(f"average: {sum(means) / len(means):.12f}")


if __name__ == "__main__":
    main()
