package vn.ntm.portal.web.internal;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A SecureRandom whose bytes come from one DRBG instance per thread. JDK generators are
 * synchronised, and masking the CSRF token of every page through one of them made all request
 * threads queue on its lock.
 */
final class PerThreadSecureRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private final transient ThreadLocal<SecureRandom> perThread = ThreadLocal.withInitial(() -> {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    });

    @Override
    public void nextBytes(byte[] bytes) {
        perThread.get().nextBytes(bytes);
    }

    @Override
    public int nextInt() {
        return perThread.get().nextInt();
    }
}
