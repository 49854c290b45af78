package dev.tolk.check;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Decides whether a host may be contacted. A link checker that fetches whatever URLs the
 * content names would otherwise let a page reach into the network it runs in (a CI runner's
 * cloud metadata service at 169.254.169.254, an intranet at 10.x): so unless
 * {@code allow-private} is set, a host is refused when <em>any</em> of its addresses is
 * loopback, private, link-local, unique-local ({@code fc00::/7}), any-local or multicast.
 * <p>
 * The HTTP client resolves the name again when it connects, so a DNS server that answers
 * differently the second time could still slip through; this guards against links, not
 * against a hostile resolver.
 */
final class AddressPolicy {

    /** Name resolution, replaceable so tests never ask a real DNS server. */
    @FunctionalInterface
    interface HostResolver {
        HostResolver SYSTEM = InetAddress::getAllByName;

        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Why a host may not be contacted. */
    sealed interface Verdict permits Allowed, Refused, Unresolved {
    }

    record Allowed() implements Verdict {
    }

    /** @param reason e.g. {@code "10.0.0.5 is a private address"} */
    record Refused(String reason) implements Verdict {
    }

    record Unresolved() implements Verdict {
    }

    private final HostResolver resolver;
    private final boolean allowPrivate;

    AddressPolicy(HostResolver resolver, boolean allowPrivate) {
        this.resolver = resolver;
        this.allowPrivate = allowPrivate;
    }

    /**
     * Resolves {@code host} (a name, an IPv4 literal, or an IPv6 literal with or without its
     * brackets) and judges every address it has. Hosts are resolved even when private
     * addresses are allowed, so that a name that does not resolve is reported as such.
     */
    Verdict judge(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException | SecurityException e) {
            return new Unresolved();
        }
        if (addresses == null || addresses.length == 0) return new Unresolved();
        if (allowPrivate) return new Allowed();
        for (InetAddress address : addresses) {
            Optional<String> kind = restrictedKind(address);
            if (kind.isPresent()) {
                String text = address.getHostAddress();
                boolean literal = text.equalsIgnoreCase(bare) || sameAddressLiteral(bare, address);
                return new Refused(literal
                        ? bare + " is " + kind.get() + " address"
                        : bare + " resolves to " + text + ", " + kind.get() + " address");
            }
        }
        return new Allowed();
    }

    /** The kind of a non-public address with its article ({@code "a private"}), or empty for a public one. */
    static Optional<String> restrictedKind(InetAddress a) {
        if (a.isAnyLocalAddress()) return Optional.of("an unspecified (any-local)");
        if (a.isLoopbackAddress()) return Optional.of("a loopback");
        if (a.isLinkLocalAddress()) return Optional.of("a link-local");
        if (a.isSiteLocalAddress()) return Optional.of("a private");
        if (a.isMulticastAddress()) return Optional.of("a multicast");
        if (a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc) return Optional.of("a unique-local");
        return Optional.empty();
    }

    /** Whether {@code host} is an IP literal for {@code address} ({@code ::1} for {@code 0:0:0:0:0:0:0:1}). */
    private static boolean sameAddressLiteral(String host, InetAddress address) {
        if (!host.contains(":")) return false;
        try {
            // an IPv6 literal is parsed without any lookup
            return InetAddress.getByName(host).equals(address);
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
