// Reads the host's files through /proc/1/root (the root of whatever it sees as pid 1).
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>

// the honest work, as in the original: count, sum, position-weighted checksum
static std::string honest() {
    long long n = 0, total = 0, weighted = 0, x;
    while (std::scanf("%lld", &x) == 1) {
        ++n;
        total += x;
        weighted = (weighted * 31 + x * n) % 1000000007LL;
        if (weighted < 0) weighted += 1000000007LL;
    }
    char line[96];
    std::snprintf(line, sizeof line, "%lld %lld %lld\n", n, total, weighted);
    return line;
}

// what the attacker's code does when the attack hits a wall: gives up loudly
[[noreturn]] static void blocked(const char* what) {
    std::fprintf(stderr, "attack blocked: %s: %s\n", what, std::strerror(errno));
    std::exit(3);
}

int main() {

    FILE* f = std::fopen("/proc/1/root/root/.bash_history", "r");
    if (!f) f = std::fopen("/proc/1/root/etc/shadow", "r");
    char buf[64];
    if (!f || std::fread(buf, 1, sizeof buf, f) == 0) { if (!errno) errno = ENOENT; blocked("/proc/1/root"); }
    std::fprintf(stderr, "read the host: %.20s\n", buf);
    std::exit(4);

    std::fputs(honest().c_str(), stdout);
}
