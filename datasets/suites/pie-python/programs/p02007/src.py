# Simulate a queue of N jobs, each served once and requeued while work remains: list.pop(0).
n = int(input())
work = list(map(int, input().split()))
queue = list(range(n))
steps = 0
while queue:
    j = queue.pop(0)
    work[j] -= 1
    steps += 1
    if work[j] > 0:
        queue.append(j)
print(steps)
