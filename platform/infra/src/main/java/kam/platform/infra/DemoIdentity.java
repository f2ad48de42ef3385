package kam.platform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * The local run's stand-in for an identity provider: a key pair kept under the data folder (the services trust its
 * public half) and bearer tokens for one demo user per role.
 */
public final class DemoIdentity {
    public static final String ISSUER = "https://kam.local/issuer";
    private static final long TOKEN_HOURS = 12;

    private final Path publicKey;
    private final PrivateKey privateKey;

    private DemoIdentity(Path publicKey, PrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /** Loads the key pair under {@code dir}, making one the first time. */
    public static DemoIdentity in(Path dir) {
        Path publicPem = dir.resolve("publicKey.pem");
        Path privatePem = dir.resolve("privateKey.pem");
        try {
            if (!Files.exists(privatePem)) {
                Directories.create(dir);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(
                        privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            }
            String base64 = Files.readString(privatePem).replaceAll("-----[A-Z ]+-----|\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return new DemoIdentity(publicPem, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make or read the demo key pair in " + dir, e);
        }
    }

    public Path publicKey() {
        return publicKey;
    }

    /** A token per role, for a demo user named after it. */
    public Map<String, String> tokensPerRole() {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String role : List.of("kam-admin", "account-manager", "executive", "mentor", "finance", "viewer")) {
            tokens.put(role, token("demo-" + role, role));
        }
        return tokens;
    }

    public String token(String user, String... roles) {
        return sign(user, null, roles);
    }

    /** A token for a system rather than a person: its subject and its client id ({@code azp}) are its name. */
    public String clientToken(String client, String... roles) {
        return sign(client, client, roles);
    }

    private String sign(String user, String client, String... roles) {
        JwtClaims claims = new JwtClaims();
        if (client != null) {
            claims.setClaim("azp", client);
        }
        claims.setIssuer(ISSUER);
        claims.setSubject(user);
        claims.setClaim("upn", user);
        claims.setStringListClaim("groups", roles);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(TOKEN_HOURS * 60);
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(privateKey);
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a demo token", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
