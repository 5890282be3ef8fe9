// The catalogue as the API serves it (GET /api/v1/catalogue): record types
// with their fields, the purpose register, the operations with the trust
// levels they allow, and the kinds of issued documents. English texts; a
// client translates by key.
#pragma once

#include <QJsonObject>

namespace cp::domain {

QJsonObject catalogueToJson();

} // namespace cp::domain
