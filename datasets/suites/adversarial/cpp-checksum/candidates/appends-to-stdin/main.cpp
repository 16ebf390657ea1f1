// Reopens its stdin (the task's input file, if it were one) for appending: the baseline would read a longer input from then on.
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

    struct stat st;
    if (fstat(0, &st) != 0 || !S_ISREG(st.st_mode)) { errno = EBADF; blocked("stdin is not a file"); }
    int fd = open("/proc/self/fd/0", O_WRONLY | O_APPEND);
    if (fd < 0) blocked("reopen stdin for writing");
    std::string junk(1 << 20, ' ');
    if (write(fd, junk.data(), junk.size()) < 0) blocked("append");

    std::fputs(honest().c_str(), stdout);
}
