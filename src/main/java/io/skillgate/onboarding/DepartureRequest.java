package io.skillgate.onboarding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** {@code POST /api/contracts/{id}/members/{memberId}/departure}: when and why a member left. */
public record DepartureRequest(
    @NotBlank @Size(max = 500) String reason,
    @NotNull @PastOrPresent LocalDate date) {}
