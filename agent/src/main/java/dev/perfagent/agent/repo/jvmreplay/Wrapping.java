package dev.perfagent.agent.repo.jvmreplay;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites each targeted method {@code m} of a loaded class: its body moves to a private {@code m$perfagent$orig}, and
 * {@code m} becomes a wrapper that hands receiver and arguments to {@link CallRecorder#enter}, calls the body (with
 * the tees {@code enter} put in place of sink parameters, see {@link Sinks}), and reports the result or the exception. Constructors, abstract, native and bridge methods, and interfaces are left as
 * they are. Only the named classes are touched.
 */
final class Wrapping implements ClassFileTransformer {
    static final String SUFFIX = "$perfagent$orig";
    private static final String RECORDER = "dev/perfagent/agent/repo/jvmreplay/CallRecorder";

    /** internal class name → method names to wrap */
    private final Map<String, Set<String>> targets;
    /** where the targeted classes were loaded from, for the replay's class path */
    final List<String> locations = new java.util.concurrent.CopyOnWriteArrayList<>();

    Wrapping(Map<String, Set<String>> targets) {
        this.targets = targets;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> redefined, ProtectionDomain domain, byte[] bytes) {
        Set<String> names = className == null ? null : targets.get(className);
        if (names == null || redefined != null) return null;
        try {
            if (domain != null && domain.getCodeSource() != null && domain.getCodeSource().getLocation() != null) {
                locations.add(java.nio.file.Path.of(domain.getCodeSource().getLocation().toURI()).toString());
            }
            ClassReader reader = new ClassReader(bytes);
            if ((reader.getAccess() & Opcodes.ACC_INTERFACE) != 0) return null;
            ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
            reader.accept(new Rewriter(writer, className, names), ClassReader.EXPAND_FRAMES);
            return writer.toByteArray();
        } catch (Throwable t) {
            System.err.println("perfagent-replay: " + className + " left as it is: " + t);
            return null;
        }
    }

    private static final class Rewriter extends ClassVisitor {
        private final String owner;
        private final Set<String> names;
        private final List<String[]> wrappers = new ArrayList<>();
        private boolean frames;

        Rewriter(ClassVisitor next, String owner, Set<String> names) {
            super(Opcodes.ASM9, next);
            this.owner = owner;
            this.names = names;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            frames = (version & 0xFFFF) >= Opcodes.V1_6;
            super.visit(version, access, name, signature, superName, interfaces);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            boolean wrap = names.contains(name) && (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_BRIDGE | Opcodes.ACC_SYNTHETIC)) == 0;
            if (!wrap) return super.visitMethod(access, name, descriptor, signature, exceptions);
            wrappers.add(new String[]{String.valueOf(access), name, descriptor, signature, exceptions == null ? null : String.join(",", exceptions)});
            int hidden = (access & ~(Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED | Opcodes.ACC_VARARGS)) | Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC;
            return super.visitMethod(hidden, name + SUFFIX, descriptor, signature, exceptions);
        }

        @Override
        public void visitEnd() {
            for (String[] w : wrappers) {
                int access = Integer.parseInt(w[0]) & ~Opcodes.ACC_SYNCHRONIZED;
                wrapper(access, w[1], w[2], w[3], w[4] == null ? null : w[4].split(","));
            }
            super.visitEnd();
        }

        private void wrapper(int access, String name, String descriptor, String signature, String[] exceptions) {
            boolean isStatic = (access & Opcodes.ACC_STATIC) != 0;
            int site = CallRecorder.register(owner.replace('/', '.'), name, descriptor, isStatic);
            Type[] params = Type.getArgumentTypes(descriptor);
            Type ret = Type.getReturnType(descriptor);
            MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
            mv.visitCode();
            Label start = new Label();
            Label end = new Label();
            Label handler = new Label();
            mv.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
            // token = CallRecorder.enter(site, this|null, new Object[]{args…})
            mv.visitLdcInsn(site);
            if (isStatic) mv.visitInsn(Opcodes.ACONST_NULL);
            else mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitLdcInsn(params.length);
            mv.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/Object");
            int slot = isStatic ? 0 : 1;
            for (int i = 0; i < params.length; i++) {
                mv.visitInsn(Opcodes.DUP);
                mv.visitLdcInsn(i);
                mv.visitVarInsn(params[i].getOpcode(Opcodes.ILOAD), slot);
                box(mv, params[i]);
                mv.visitInsn(Opcodes.AASTORE);
                slot += params[i].getSize();
            }
            int array = slot;
            int token = slot + 1;
            mv.visitInsn(Opcodes.DUP);
            mv.visitVarInsn(Opcodes.ASTORE, array);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, RECORDER, "enter", "(ILjava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;", false);
            mv.visitVarInsn(Opcodes.ASTORE, token);
            // a sink parameter may have been replaced by a tee that keeps what the call writes (Sinks)
            boolean[] tee = Sinks.teeable(descriptor);
            slot = isStatic ? 0 : 1;
            for (int i = 0; i < params.length; i++) {
                if (tee[i]) {
                    mv.visitVarInsn(Opcodes.ALOAD, array);
                    mv.visitLdcInsn(i);
                    mv.visitInsn(Opcodes.AALOAD);
                    mv.visitTypeInsn(Opcodes.CHECKCAST, params[i].getInternalName());
                    mv.visitVarInsn(Opcodes.ASTORE, slot);
                }
                slot += params[i].getSize();
            }
            mv.visitLabel(start);
            slot = 0;
            if (!isStatic) mv.visitVarInsn(Opcodes.ALOAD, slot++);
            for (Type p : params) {
                mv.visitVarInsn(p.getOpcode(Opcodes.ILOAD), slot);
                slot += p.getSize();
            }
            mv.visitMethodInsn(isStatic ? Opcodes.INVOKESTATIC : Opcodes.INVOKESPECIAL, owner, name + SUFFIX, descriptor, false);
            mv.visitLabel(end);
            if (ret.getSort() == Type.VOID) {
                mv.visitVarInsn(Opcodes.ALOAD, token);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, RECORDER, "returnedVoid", "(Ljava/lang/Object;)V", false);
                mv.visitInsn(Opcodes.RETURN);
            } else {
                int result = token + 1;
                mv.visitVarInsn(ret.getOpcode(Opcodes.ISTORE), result);
                mv.visitVarInsn(Opcodes.ALOAD, token);
                mv.visitVarInsn(ret.getOpcode(Opcodes.ILOAD), result);
                box(mv, ret);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, RECORDER, "returned", "(Ljava/lang/Object;Ljava/lang/Object;)V", false);
                mv.visitVarInsn(ret.getOpcode(Opcodes.ILOAD), result);
                mv.visitInsn(ret.getOpcode(Opcodes.IRETURN));
            }
            mv.visitLabel(handler);
            if (frames) {
                List<Object> locals = new ArrayList<>();
                if (!isStatic) locals.add(owner);
                for (Type p : params) locals.add(frameType(p));
                locals.add("[Ljava/lang/Object;");
                locals.add("java/lang/Object");
                mv.visitFrame(Opcodes.F_NEW, locals.size(), locals.toArray(), 1, new Object[]{"java/lang/Throwable"});
            }
            int thrown = token + 1;
            mv.visitVarInsn(Opcodes.ASTORE, thrown);
            mv.visitVarInsn(Opcodes.ALOAD, token);
            mv.visitVarInsn(Opcodes.ALOAD, thrown);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, RECORDER, "threw", "(Ljava/lang/Object;Ljava/lang/Throwable;)V", false);
            mv.visitVarInsn(Opcodes.ALOAD, thrown);
            mv.visitInsn(Opcodes.ATHROW);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        private static Object frameType(Type t) {
            return switch (t.getSort()) {
                case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> Opcodes.INTEGER;
                case Type.LONG -> Opcodes.LONG;
                case Type.FLOAT -> Opcodes.FLOAT;
                case Type.DOUBLE -> Opcodes.DOUBLE;
                case Type.ARRAY -> t.getDescriptor();
                default -> t.getInternalName();
            };
        }

        private static void box(MethodVisitor mv, Type t) {
            String boxed = switch (t.getSort()) {
                case Type.BOOLEAN -> "java/lang/Boolean";
                case Type.BYTE -> "java/lang/Byte";
                case Type.CHAR -> "java/lang/Character";
                case Type.SHORT -> "java/lang/Short";
                case Type.INT -> "java/lang/Integer";
                case Type.LONG -> "java/lang/Long";
                case Type.FLOAT -> "java/lang/Float";
                case Type.DOUBLE -> "java/lang/Double";
                default -> null;
            };
            if (boxed != null) mv.visitMethodInsn(Opcodes.INVOKESTATIC, boxed, "valueOf", "(" + t.getDescriptor() + ")L" + boxed + ";", false);
        }
    }
}
