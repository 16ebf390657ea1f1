"""Unique visitors in a click stream.

Input: one event per line, "TIMESTAMP USER PAGE" separated by whitespace; lines that do not
have exactly three fields are skipped.

Output: the number of events, distinct users, distinct (user, page) pairs and events by
returning users (users seen before), then the first five and the last five users in order
of first appearance.
"""
import sys


def main():
    users = []
    seen = set()
    visits = set()
    events = 0
    returning = 0
    for line in sys.stdin:
        _timestamp, user, page = line.split()
        events += 1
        if user in seen:
            returning += 1
        else:
            seen.add(user)
            users.append(user)
        visits.add((user, page))

    print(f"events: {events}")
    print(f"users: {len(users)}")
    print(f"user-page pairs: {len(visits)}")
    print(f"returning events: {returning}")
    print("first users: " + " ".join(users[:5]))
    print("newest users: " + " ".join(users[-5:]))


if __name__ == "__main__":
    main()
