#!/usr/bin/Rscript
# Writes studies/raking-panel/respondents.csv: an INVENTED, unweighted panel of 200 health professionals (no survey's
# data) whose profession and age band are independent in the sample: each profession has 40 % under 50. Raked to
# margins P (profession) and Q (age band), every respondent's weight is then known in closed form, P/x · Q/y (x, y the
# sample's shares), which RakingWhatIfTests check. The ledger (figures.csv, written by hand) prints the unweighted
# shares; study.json declares the margins. Run from this folder:  Rscript make_raking_panel.R
cells <- data.frame(
  profession = c("doctor", "doctor", "nurse", "nurse", "other", "other"),
  age_band = c("under-50", "over-50", "under-50", "over-50", "under-50", "over-50"),
  rows = c(40, 60, 24, 36, 16, 24),
  tools = c(36, 36, 18, 18, 12, 12),     # of the cell's rows, the first use digital tools
  daily = c(18, 12, 6, 6, 4, 4),         # of those, the first use them daily
  tele = c(20, 15, 0, 0, 0, 0))          # of the cell's rows, the first offer teleconsultation (doctors only)
rows <- do.call(rbind, lapply(seq_len(nrow(cells)), function(i) {
  c <- cells[i, ]
  k <- seq_len(c$rows)
  data.frame(profession = c$profession, age_band = c$age_band, uses_tools = as.integer(k <= c$tools),
    daily = as.integer(k <= c$daily), teleconsultation = as.integer(k <= c$tele))
}))
rows <- cbind(respondent_id = sprintf("P%04d", seq_len(nrow(rows))), rows)
write.csv(rows, "studies/raking-panel/respondents.csv", row.names = FALSE, quote = FALSE)
