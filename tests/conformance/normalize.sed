# What differs from run to run in a program's output, masked the same way in
# the expected files (regen.sh) and in vial's output (tests/run.sh): the time
# Logger stamps on a report, and the numbers inside pids and references.
s/^[0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9][0-9][0-9] \[/HH:MM:SS.mmm [/
s/#PID<[0-9]*\.[0-9]*\.[0-9]*>/#PID<0.N.0>/g
s/#Reference<[0-9.]*>/#Reference<N>/g
