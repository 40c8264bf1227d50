package org.deban.accounts;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes as PHC strings ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), with OWASP's minimum
 * parameters (19 MiB, 2 passes, 1 lane). A stored hash carries its parameters, so raising them later leaves old
 * hashes verifiable.
 */
@Singleton
public class PasswordHasher {
    private static final int MEMORY_KIB = 19_456;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s"
                .formatted(MEMORY_KIB, ITERATIONS, PARALLELISM, B64.encodeToString(salt), B64.encodeToString(hash));
    }

    /** Whether the password gives the stored hash; false for a hash this class cannot read. */
    public boolean verify(String password, String stored) {
        String[] parts = stored.split("\\$");
        // "", "argon2id", "v=19", "m=…,t=…,p=…", salt, hash
        if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) return false;
        try {
            int memory = 0;
            int iterations = 0;
            int parallelism = 0;
            for (String parameter : parts[3].split(",")) {
                String[] kv = parameter.split("=", 2);
                int value = Integer.parseInt(kv[1]);
                switch (kv[0]) {
                    case "m" -> memory = value;
                    case "t" -> iterations = value;
                    case "p" -> parallelism = value;
                    default -> {
                        return false;
                    }
                }
            }
            byte[] salt = B64_DECODE.decode(parts[4]);
            byte[] expected = B64_DECODE.decode(parts[5]);
            byte[] actual = argon2(password, salt, memory, iterations, parallelism, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }

    private static byte[] argon2(
            String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
