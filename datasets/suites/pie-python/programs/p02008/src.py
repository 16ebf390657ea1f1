# Sum of squares of N numbers.
n = int(input())
a = list(map(int, input().split()))
total = 0
for x in a:
    total += x ** 2
print(total)
