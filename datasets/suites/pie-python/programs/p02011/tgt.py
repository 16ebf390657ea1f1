# Longest common subsequence of two strings: two rolling rows and local names in the inner loop.
a = input().strip()
b = input().strip()
m = len(b)
prev = [0] * (m + 1)
for ca in a:
    cur = [0] * (m + 1)
    left = 0
    for j in range(1, m + 1):
        if ca == b[j - 1]:
            v = prev[j - 1] + 1
        else:
            v = prev[j] if prev[j] > left else left
        cur[j] = v
        left = v
    prev = cur
print(prev[m])
