# Sum of squares of N numbers (x * x for x ** 2: the same work, deliberately not faster).
n = int(input())
a = list(map(int, input().split()))
total = 0
for x in a:
    total += x * x
print(total)
