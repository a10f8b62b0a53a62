package io.skillgate.training;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code skillgate.training.evidence.*}: how much evidence a member and a contract may hold, and how
 * fast one user may upload. Evidence lives in the database (every node serves it), so without
 * limits one vendor user could fill the disk that all parties share.
 *
 * @param maxFilesPerMember files one member may have (a certificate or two per milestone)
 * @param maxBytesPerMember bytes of all of one member's files
 * @param maxFilesPerContract files in one contract, over all its members
 * @param maxBytesPerContract bytes in one contract, over all its members
 * @param uploadsPerUser uploads one user may make within {@code uploadWindow} (refilled evenly over it)
 * @param uploadWindow see {@code uploadsPerUser}
 */
@ConfigurationProperties("skillgate.training.evidence")
public record EvidenceLimits(
    @DefaultValue("20") int maxFilesPerMember,
    @DefaultValue("50MB") DataSize maxBytesPerMember,
    @DefaultValue("500") int maxFilesPerContract,
    @DefaultValue("500MB") DataSize maxBytesPerContract,
    @DefaultValue("30") int uploadsPerUser,
    @DefaultValue("10m") Duration uploadWindow) {}
