/**
 * The local sandbox: bubblewrap (or the warned unshare fallback) on this host, with an unprivileged host uid
 * ({@code setpriv}), a seccomp filter, cgroups for memory, processes and CPU time, rlimits, and the supervision of
 * the host process tree. {@link dev.perfagent.sandbox.local.SandboxCheck} probes what holds here.
 */
package dev.perfagent.sandbox.local;
