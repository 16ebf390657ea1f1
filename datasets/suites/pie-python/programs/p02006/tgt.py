# Count pairs i < j with a[i] + a[j] == K: a table of values seen so far.
from collections import defaultdict
n, k = map(int, input().split())
a = list(map(int, input().split()))
seen = defaultdict(int)
count = 0
for v in a:
    count += seen[k - v]
    seen[v] += 1
print(count)
