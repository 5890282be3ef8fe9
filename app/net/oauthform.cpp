#include "net/oauthform.h"

#include <QUrl>

namespace cp::net {

OAuthForm &OAuthForm::add(const QString &name, const QString &value)
{
    if (!m_body.isEmpty())
        m_body += '&';
    m_body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    return *this;
}

ApiRequest OAuthForm::request(const QString &path) const
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    request.body = m_body;
    request.contentType = "application/x-www-form-urlencoded";
    request.authenticated = false;
    request.retryable = false;
    return request;
}

} // namespace cp::net
