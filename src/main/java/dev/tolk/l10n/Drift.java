package dev.tolk.l10n;

/**
 * A unit whose English is older than another locale's copy of the same unit ({@code tu/drift} across locales): the
 * English it should now translate and the locale that has it, or both null when no copy is known to be current.
 */
record Drift(String current, String currentIn) {
}
