# Sum of N numbers given one per line: input() per line.
n = int(input())
total = 0
for _ in range(n):
    total += int(input())
print(total)
