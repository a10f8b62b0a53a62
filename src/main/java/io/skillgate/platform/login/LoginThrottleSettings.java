package io.skillgate.platform.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code skillgate.login.throttle.*}: how quickly repeated wrong passwords slow down further attempts.
 *
 * <p>After {@code freeFailuresPerUser} wrong passwords for one user from one client address, that
 * pair waits {@code firstDelay} before its next attempt, then twice as long after each further
 * failure, up to {@code maxDelay}. The same applies to a client address over all users once it has
 * {@code freeFailuresPerAddress} failures (someone trying one password on many accounts). Nothing
 * locks an account: the same user from another address is never slowed down, and a pair is
 * forgotten {@code forgetAfter} its last failure or at its first successful login.
 *
 * @param freeFailuresPerUser wrong passwords for one user from one address before the first delay
 * @param freeFailuresPerAddress wrong passwords from one address, for any users, before the first delay
 * @param firstDelay the first delay; it doubles with each further failure
 * @param maxDelay the longest delay
 * @param forgetAfter failures older than this (counted from the last one) are forgotten
 * @param maxTracked how many users and addresses are remembered at most (bounds memory under attack)
 */
@ConfigurationProperties("skillgate.login.throttle")
public record LoginThrottleSettings(
    @DefaultValue("3") int freeFailuresPerUser,
    @DefaultValue("50") int freeFailuresPerAddress,
    @DefaultValue("1s") Duration firstDelay,
    @DefaultValue("15m") Duration maxDelay,
    @DefaultValue("1h") Duration forgetAfter,
    @DefaultValue("100000") long maxTracked) {}
