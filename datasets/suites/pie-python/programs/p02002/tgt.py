# Print the squares of 1..N, one per line: one write.
import sys
n = int(input())
sys.stdout.write("\n".join(str(i * i) for i in range(1, n + 1)) + "\n")
