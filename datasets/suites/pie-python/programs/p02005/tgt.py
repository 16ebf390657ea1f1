# Sort N numbers: the built-in sort.
n = int(input())
a = sorted(map(int, input().split()))
print(*a)
