#!/usr/bin/env Rscript
# Reference figures from R's forecast package on the same rolling origins as `pathway backtest`
# (bench only: R is never a dependency of the platform).
# Usage: Rscript r-backtest.R series.csv [horizon=12] [origins=36] [models=ets]   (models: ets,arima,theta,snaive)
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
input <- args[1]
h <- if (length(args) > 1) as.integer(args[2]) else 12L
origins <- if (length(args) > 2) as.integer(args[3]) else 36L
models <- if (length(args) > 3) strsplit(args[4], ",")[[1]] else "ets"

data <- read.csv(input, colClasses = c("character", "character", "numeric"))
# As the engine's History: leading gaps dropped, inner gaps interpolated, trailing gaps carry the last value.
prepare <- function(v) {
  first <- which(!is.na(v))[1]; v <- v[first:length(v)]
  last <- max(which(!is.na(v)))
  if (any(is.na(v[1:last]))) v[1:last] <- approx(seq_along(v[1:last]), v[1:last], seq_len(last))$y
  if (last < length(v)) v[(last + 1):length(v)] <- v[last]
  v
}
scale_of <- function(train, m) { lag <- if (length(train) > m) m else 1; mean(abs(diff(train, lag = lag))) }
fit_model <- function(y, model) switch(model,
  ets = forecast(ets(y), h = h, level = c(80, 95)),
  arima = forecast(auto.arima(y), h = h, level = c(80, 95)),
  theta = thetaf(y, h = h, level = c(80, 95)),
  snaive = snaive(y, h = h, level = c(80, 95)))

rows <- list()
for (id in unique(data$series_id)) {
  s <- data[data$series_id == id, ]
  s <- s[order(s$period), ]
  raw <- s$value
  first <- which(!is.na(raw))[1]; actual <- raw[first:length(raw)]
  y <- prepare(raw)
  n <- length(y); m <- 12
  trains <- n - h - ((origins - 1):0)
  trains <- trains[trains >= max(4, 2 * m)]
  if (length(trains) == 0) next
  for (model in models) {
    se <- 0; sp <- 0; pe <- 0; pts <- 0; in80 <- 0; in95 <- 0
    for (tr in trains) {
      train <- ts(y[1:tr], frequency = m)
      fc <- fit_model(train, model)
      mean <- as.numeric(fc$mean); lo <- matrix(as.numeric(fc$lower), ncol = 2); hi <- matrix(as.numeric(fc$upper), ncol = 2)
      if (all(y[1:tr] >= 0)) { mean <- pmax(mean, 0); lo <- pmax(lo, 0); hi <- pmax(hi, 0) }
      sc <- scale_of(y[1:tr], m)
      for (k in 1:h) {
        a <- actual[tr + k]; if (is.na(a)) next
        err <- abs(a - mean[k])
        if (sc > 0) { se <- se + err / sc; sp <- sp + 1 }
        d <- abs(a) + abs(mean[k]); pe <- pe + (if (d == 0) 0 else 200 * err / d); pts <- pts + 1
        if (a >= lo[k, 1] && a <= hi[k, 1]) in80 <- in80 + 1
        if (a >= lo[k, 2] && a <= hi[k, 2]) in95 <- in95 + 1
      }
    }
    rows[[length(rows) + 1]] <- data.frame(series_id = id, model = paste0("R ", model), points = pts,
      mase = if (sp > 0) se / sp else NA, smape = pe / pts, coverage80 = in80 / pts, coverage95 = in95 / pts)
  }
}
res <- do.call(rbind, rows)
write.csv(res, stdout(), row.names = FALSE)
for (model in unique(res$model)) {
  r <- res[res$model == model, ]
  cat(sprintf("# %s: series %d, mean MASE %.3f, median MASE %.3f, mean sMAPE %.2f, 80%% coverage %.1f %%, 95%% coverage %.1f %%\n",
    model, nrow(r), mean(r$mase, na.rm = TRUE), median(r$mase, na.rm = TRUE), mean(r$smape),
    100 * sum(r$coverage80 * r$points) / sum(r$points), 100 * sum(r$coverage95 * r$points) / sum(r$points)), file = stderr())
}
