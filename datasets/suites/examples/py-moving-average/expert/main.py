"""Moving-average summary of a price series.

Input: the window length k on the first line, then the prices (decimal numbers) separated by
whitespace. For every window of k consecutive prices the mean is computed.

Output: the number of windows, then the highest, lowest and last window mean and the mean of
all window means, each with 12 decimals. With fewer than k prices only "windows: 0" is printed.

Expert version: a running window sum (add the price entering the window, subtract the one
leaving it) instead of re-adding all k prices of every window, O(n) instead of O(n*k). The sums
differ from the naive ones only in the last bits, hence the numeric judge.
"""
import sys


def window_means(prices, k):
    n = len(prices)
    if n < k:
        return []
    total = sum(prices[:k])
    means = [total / k]
    append = means.append
    for start in range(1, n - k + 1):
        total += prices[start + k - 1] - prices[start - 1]
        append(total / k)
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
