// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/server_signals.h"

#include <condition_variable>
#include <csignal>
#include <cstdlib>
#include <mutex>
#include <thread>
#include <unistd.h>

#include <gtest/gtest.h>

namespace recops::common {
namespace {

/// A thread started before the signals are blocked, as a library's worker started when the
/// library is loaded (OpenBLAS does so) is: it does not block SIGTERM or SIGINT.
class EarlyThread {
public:
    EarlyThread()
        : m_thread([this] {
            std::unique_lock lock(m_mutex);
            m_done.wait(lock, [this] { return m_finished; });
        }) {}
    ~EarlyThread() {
        {
            std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_done.notify_all();
        m_thread.join();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    std::thread m_thread;
};

/// In a child process: blocks the signals with @p earlyThread running, sends @p signal to the
/// whole process while this thread is busy elsewhere, and exits 0 when waitForServerSignal()
/// then returns it. Dies of the signal when it reached a thread that does not block it.
[[noreturn]] void receiveWithAnEarlyThread(int signal) {
    EarlyThread earlyThread;
    blockServerSignals();
    // A process-directed signal goes to a thread that does not block it: the early one.
    kill(getpid(), signal);
    const int received = waitForServerSignal();
    std::_Exit(received == signal ? 0 : 1);
}

class ServerSignalsTest : public ::testing::Test {
protected:
    ServerSignalsTest() { GTEST_FLAG_SET(death_test_style, "threadsafe"); }
};

TEST_F(ServerSignalsTest, SigtermWaitsForTheWaitingThread) {
    EXPECT_EXIT(
        {
            blockServerSignals();
            kill(getpid(), SIGTERM);
            std::_Exit(waitForServerSignal() == SIGTERM ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "");
}

TEST_F(ServerSignalsTest, ASignalReachingAThreadStartedBeforeTheBlockStillReachesTheWaiter) {
    EXPECT_EXIT(receiveWithAnEarlyThread(SIGTERM), ::testing::ExitedWithCode(0), "");
    EXPECT_EXIT(receiveWithAnEarlyThread(SIGINT), ::testing::ExitedWithCode(0), "");
    EXPECT_EXIT(receiveWithAnEarlyThread(SIGHUP), ::testing::ExitedWithCode(0), "");
}

TEST_F(ServerSignalsTest, SignalsArrivingTogetherAreEachReported) {
    EXPECT_EXIT(
        {
            blockServerSignals();
            kill(getpid(), SIGHUP);
            kill(getpid(), SIGTERM);
            const int first = waitForServerSignal();
            const int second = waitForServerSignal();
            std::_Exit((first == SIGHUP && second == SIGTERM) ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "");
}

}  // namespace
}  // namespace recops::common
