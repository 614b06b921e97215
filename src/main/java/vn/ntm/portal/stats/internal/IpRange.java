package vn.ntm.portal.stats.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address range (CIDR), parsed once so that matching a request's address costs a
 * few byte comparisons. Only address literals are read, never host names: nothing here can start a
 * DNS lookup.
 */
record IpRange(byte[] network, int prefix) {

    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern PREFIX = Pattern.compile("\\d{1,3}");

    IpRange {
        network = mask(network.clone(), prefix);
    }

    /**
     * Reads "192.168.1.0/24", "10.0.0.7", "2001:db8::/32" or "::1". Host bits after the prefix are
     * dropped ("192.168.1.5/24" is "192.168.1.0/24").
     *
     * @throws IllegalArgumentException with a Vietnamese message when the text is not such a range
     */
    static IpRange parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Hãy nhập một địa chỉ IP hoặc một dải địa chỉ (CIDR), ví dụ 203.0.113.0/24.");
        }
        int slash = t.indexOf('/');
        String addressText = slash < 0 ? t : t.substring(0, slash);
        byte[] address = address(addressText);
        if (address == null) {
            throw new IllegalArgumentException("\"" + shorten(t) + "\" không phải địa chỉ IPv4 hoặc IPv6 hợp lệ.");
        }
        int bits = address.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String p = t.substring(slash + 1);
            if (!PREFIX.matcher(p).matches()) {
                throw new IllegalArgumentException("Độ dài tiền tố sau dấu \"/\" phải là một số từ 0 đến " + bits + ".");
            }
            prefix = Integer.parseInt(p);
            if (address.length == 4 && addressText.contains(":")) {
                // ::ffff:a.b.c.d/104 is read as IPv4 a.b.c.d/8
                prefix -= 96;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("Độ dài tiền tố sau dấu \"/\" phải là một số từ 0 đến " + bits + ".");
            }
        }
        return new IpRange(address, prefix);
    }

    /** The bytes of an address literal (4 for IPv4, 16 for IPv6; IPv4-mapped IPv6 gives 4), or null. */
    static byte[] address(String text) {
        if (text == null) {
            return null;
        }
        if (IPV4.matcher(text).matches()) {
            String[] parts = text.split("\\.");
            byte[] b = new byte[4];
            for (int i = 0; i < 4; i++) {
                b[i] = (byte) Integer.parseInt(parts[i]);
            }
            return b;
        }
        String t = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        int zone = t.indexOf('%');
        if (zone >= 0) {
            t = t.substring(0, zone);
        }
        if (!t.contains(":") || !IPV6_CHARS.matcher(t).matches()) {
            return null;
        }
        try {
            // a text containing ':' is only ever parsed as an IPv6 literal, never looked up
            return InetAddress.getByName(t).getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }

    boolean contains(byte[] address) {
        if (address == null || address.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int m = (0xff << (8 - rest)) & 0xff;
        return (address[full] & m) == (network[full] & 0xff);
    }

    /** The range as PostgreSQL's {@code cidr} reads it. */
    String text() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpRange r && r.prefix == prefix && Arrays.equals(r.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        return text();
    }

    private static byte[] mask(byte[] b, int prefix) {
        for (int i = 0; i < b.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            b[i] = (byte) (b[i] & ((0xff << (8 - keep)) & 0xff));
        }
        return b;
    }

    private static String shorten(String t) {
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
