#pragma once

// A tiny HTTP server on 127.0.0.1 for tests that open web addresses: it answers each GET
// with the response registered for its path, on a thread of its own so that synchronous
// downloads and event loops in the test's thread can both talk to it. Needs Qt Network.

#include <QMutex>
#include <QSemaphore>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <map>

namespace Lede::Test {

struct Response {
    QByteArray status = "200 OK";
    QByteArray contentType = "text/html; charset=utf-8";
    QByteArray body;
    QByteArray location;
};

class HttpServer : public QThread
{
public:
    std::map<QByteArray, Response> responses; // set before start()
    quint16 port = 0;

    QStringList requested() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requested;
    }

    void run() override
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost))
            return;
        port = server.serverPort();
        m_ready.release();
        while (!isInterruptionRequested()) {
            if (!server.waitForNewConnection(50))
                continue;
            QTcpSocket *socket = server.nextPendingConnection();
            QByteArray request;
            while (!request.contains("\r\n\r\n") && socket->waitForReadyRead(2000))
                request += socket->readAll();
            const QByteArray path = request.split(' ').value(1);
            {
                QMutexLocker lock(&m_mutex);
                m_requested.append(QString::fromLatin1(path));
            }
            const auto it = responses.find(path);
            const Response r = it != responses.end() ? it->second : Response{"404 Not Found", "text/plain", "no", {}};
            QByteArray reply = "HTTP/1.1 " + r.status + "\r\nContent-Type: " + r.contentType
                + "\r\nContent-Length: " + QByteArray::number(r.body.size()) + "\r\nConnection: close\r\n";
            if (!r.location.isEmpty())
                reply += "Location: " + r.location + "\r\n";
            socket->write(reply + "\r\n" + r.body);
            if (socket->state() == QAbstractSocket::ConnectedState)
                socket->waitForBytesWritten(2000);
            socket->disconnectFromHost();
            if (socket->state() != QAbstractSocket::UnconnectedState)
                socket->waitForDisconnected(1000);
            delete socket;
        }
    }

    QString url(const char *path)
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(QLatin1String(path));
    }
    void startAndWait()
    {
        start();
        m_ready.acquire();
    }
    ~HttpServer() override
    {
        requestInterruption();
        wait();
    }

private:
    QSemaphore m_ready;
    mutable QMutex m_mutex;
    QStringList m_requested;
};

} // namespace Lede::Test
