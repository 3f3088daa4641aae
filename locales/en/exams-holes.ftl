# Assigned tests: the settings that decide how a test is taken stay fixed.
error-exams_test_settings_frozen = This test has been assigned: its time limit, attempts, shuffling and pass mark can no longer change. What students are shown afterwards can. Make a copy to change the rest.
exams-field-setting-frozen = Fixed once the test is assigned.
exams-ui-settings-frozen = The test has been assigned: time limit, attempts, shuffling and pass mark are fixed. You can still change when students see their score and the answers.
