// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "alerting/alert.h"
#include "store/alert_record.h"

namespace recops::alerting {

/// An alert as the store keeps it, and back. fromRecord() throws StoreError for a record the
/// schema would not allow (a damaged database).
store::AlertRecord toRecord(const Alert& alert);
Alert fromRecord(const store::AlertRecord& record);

}  // namespace recops::alerting
