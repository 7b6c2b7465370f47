#!/usr/bin/Rscript
# Writes studies/weighted-panel/respondents.csv and figures.csv: an INVENTED panel of 400 health professionals (no
# survey's data), drawn with doctors and under-50s over-represented, then raked with R survey's rake() to the
# margins stated in study.json (profession 45/35/20 %, age 40/60 %). Weights are written with four decimals and the
# ledger prints each weighted share of those written weights, rounded half-up to a whole percent, as a publisher of
# weighted figures would. Run from this folder:  Rscript make_weighted_panel.R
suppressMessages(library(survey))
set.seed(20250301)
n <- 400
profession <- sample(c("doctor", "nurse", "other"), n, replace = TRUE, prob = c(0.6, 0.28, 0.12))
age_band <- ifelse(runif(n) < ifelse(profession == "doctor", 0.65, 0.5), "under-50", "over-50")
region <- sample(c("north", "south"), n, replace = TRUE)
uses_tools <- rbinom(n, 1, ifelse(age_band == "under-50", 0.9, 0.6))
daily <- uses_tools * rbinom(n, 1, ifelse(profession == "doctor", 0.75, 0.4))
teleconsultation <- rbinom(n, 1, ifelse(profession == "doctor", ifelse(age_band == "under-50", 0.55, 0.3), 0.1))
rows <- data.frame(respondent_id = sprintf("R%04d", 1:n), profession, age_band, uses_tools, daily, teleconsultation, region)

design <- svydesign(ids = ~1, strata = ~region, weights = ~rep(1, n), data = rows)
raked <- rake(design, list(~profession, ~age_band),
  list(data.frame(profession = c("doctor", "nurse", "other"), Freq = n * c(0.45, 0.35, 0.20)),
       data.frame(age_band = c("under-50", "over-50"), Freq = n * c(0.40, 0.60))), control = list(epsilon = 1e-10, maxit = 100))
rows$weight <- sprintf("%.4f", weights(raked))
write.csv(rows, "studies/weighted-panel/respondents.csv", row.names = FALSE, quote = FALSE)

w <- as.numeric(rows$weight)
share <- function(item, base = rep(TRUE, n)) 100 * sum(w[item & base]) / sum(w[base])
printed <- function(x) {
  # Half-up to a whole percent; no share may sit near a half, where doubles could round the other way.
  stopifnot(abs(x - floor(x) - 0.5) > 1e-6)
  floor(x + 0.5)
}
doctor <- rows$profession == "doctor"
ledger <- data.frame(
  id = c("sample.profession.doctor", "sample.profession.nurse", "sample.profession.other", "sample.age.under-50", "usage.tools", "usage.daily", "doctors.teleconsultation"),
  question = c("sample", "sample", "sample", "sample", "usage", "usage", "doctors"),
  kind = c("single", "single", "single", "single", "multi", "nested", "multi"),
  label_fr = c("Médecins", "Infirmiers", "Autres professions", "Moins de 50 ans", "Utilisent des outils numériques", "Dont chaque jour", "Téléconsultent"),
  label_en = c("Doctors", "Nurses", "Other professions", "Under 50", "Use digital tools", "Of whom daily", "Offer teleconsultation"),
  printed = c(printed(share(doctor)), printed(share(rows$profession == "nurse")), printed(share(rows$profession == "other")),
              printed(share(rows$age_band == "under-50")), printed(share(rows$uses_tools == 1)), printed(share(rows$daily == 1)),
              printed(share(rows$teleconsultation == 1, doctor))),
  base = c("all", "all", "all", "all", "all", "all", "doctors"),
  parent = c("", "", "", "", "", "usage.tools", ""),
  of = c("", "", "", "", "", "base", ""),
  column = c("profession", "profession", "profession", "age_band", "uses_tools", "daily", "teleconsultation"),
  value = c("doctor", "nurse", "other", "under-50", "1", "1", "1"),
  read_low = "", read_high = "",
  source = c("invented-report:sample", "invented-report:sample", "invented-report:sample", "invented-report:sample", "invented-report:usage", "invented-report:usage", "invented-report:doctors"))
write.csv(ledger, "studies/weighted-panel/figures.csv", row.names = FALSE, quote = FALSE)
unweighted <- function(item, base = rep(TRUE, n)) round(100 * sum(item & base) / sum(base), 2)
print(data.frame(id = ledger$id, printed = ledger$printed,
  unweighted = c(unweighted(doctor), unweighted(rows$profession == "nurse"), unweighted(rows$profession == "other"), unweighted(rows$age_band == "under-50"),
                 unweighted(rows$uses_tools == 1), unweighted(rows$daily == 1), unweighted(rows$teleconsultation == 1, doctor))))
