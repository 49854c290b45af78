// the sample as it is
evaluate(new File(itSources, "copy-sample.groovy"))
