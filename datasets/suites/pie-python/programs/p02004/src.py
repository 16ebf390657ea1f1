# Answer Q range-sum queries over an array: sum the slice each time.
import sys
data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2 : 2 + n]))
out = []
pos = 2 + n
for _ in range(q):
    l, r = int(data[pos]), int(data[pos + 1])
    pos += 2
    s = 0
    for i in range(l - 1, r):
        s += a[i]
    out.append(s)
print("\n".join(map(str, out)))
