package io.skillgate.intake;

import io.skillgate.contract.Contract;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a checked contract would register: enough for a person to see they uploaded the right files. */
public record IntakePreview(String id, String title, String client, String vendor, String vendorGroup,
    LocalDate startDate, LocalDate endDate, List<String> phases, Map<String, Long> membersByRole, int members) {

  static IntakePreview of(Contract c) {
    Map<String, String> roleNames = c.roles().stream().collect(Collectors.toMap(Contract.Role::key, Contract.Role::name));
    return new IntakePreview(c.id(), c.title(), c.client().name(), c.vendor().name(), c.vendor().group(),
        c.startDate(), c.endDate(), c.phases().stream().map(Contract.Phase::name).toList(),
        c.members().stream().collect(Collectors.groupingBy(m -> roleNames.getOrDefault(m.role(), m.role()),
            java.util.TreeMap::new, Collectors.counting())),
        c.members().size());
  }
}
