/**
 * The container sandbox: one Docker container per sandbox (Testcontainers), a workspace per uid inside it, commands
 * run by a supervisor script that counts CPU time from the container's cgroup; and the image it runs
 * ({@link dev.perfagent.sandbox.container.SandboxImage}, built by {@code build-image.sh} in this package's resources).
 */
package dev.perfagent.sandbox.container;
