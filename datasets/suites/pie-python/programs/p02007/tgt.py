# Simulate a queue of N jobs, each served once and requeued while work remains: a deque.
from collections import deque
n = int(input())
work = list(map(int, input().split()))
queue = deque(range(n))
steps = 0
while queue:
    j = queue.popleft()
    work[j] -= 1
    steps += 1
    if work[j] > 0:
        queue.append(j)
print(steps)
