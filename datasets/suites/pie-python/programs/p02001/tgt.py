# How many distinct values: a set.
n = int(input())
values = input().split()
print(len(set(map(int, values))))
