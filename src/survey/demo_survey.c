/* demo_survey.c: the demo's survey waves and answers (see roster/demo.h). */
#include "roster/demo.h"

int demo_survey(Store *p){ (void)p; return 0; }
