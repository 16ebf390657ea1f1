# Print the squares of 1..N, one per line: a print call per line.
n = int(input())
for i in range(1, n + 1):
    print(i * i)
