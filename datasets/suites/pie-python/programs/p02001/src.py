# How many distinct values: membership test in a list.
n = int(input())
values = list(map(int, input().split()))
seen = []
for v in values:
    if v not in seen:
        seen.append(v)
print(len(seen))
