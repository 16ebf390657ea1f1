/** How each language's code is built and started inside the sandbox; {@link dev.perfagent.sandbox.Toolchains} picks one. */
package dev.perfagent.sandbox.toolchain;
